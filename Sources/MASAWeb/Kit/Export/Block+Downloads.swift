extension Block {
    /// The table this block offers for download, if any: a table block's, or a chart's data.
    var downloadableTable: TableView? {
        let candidate = kind == "chart" ? chart?.table : kind == "table" ? table : nil
        return candidate?.offersDownloads == true ? candidate : nil
    }

    mutating func setDownloads(_ downloads: TableDownloads) {
        if kind == "chart" { chart?.table.downloads = downloads } else { table?.downloads = downloads }
    }
}
