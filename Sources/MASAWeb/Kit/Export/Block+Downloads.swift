extension Block {
    /// The table this block offers for download, if any: a table block's, or a chart's data.
    var downloadableTable: TableView? {
        let candidate: TableView? = switch self {
        case .table(let table): table
        case .figure(let figure): figure.table
        default: nil
        }
        return candidate?.offersDownloads == true ? candidate : nil
    }

    mutating func setDownloads(_ downloads: TableDownloads) {
        switch self {
        case .table(var table):
            table.downloads = downloads
            self = .table(table)
        case .figure(var figure):
            figure.table.downloads = downloads
            self = .figure(figure)
        default: break
        }
    }
}
