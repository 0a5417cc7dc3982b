extension Block {
    /// The table this block offers for download, if any.
    var downloadableTable: TableView? {
        kind == "table" && table?.offersDownloads == true ? table : nil
    }

    mutating func setDownloads(_ downloads: TableDownloads) {
        table?.downloads = downloads
    }
}
