/// The fixed parts of a one-sheet Office Open XML workbook (ECMA-376), the least Excel, LibreOffice and openpyxl
/// all open without repair.
enum XLSXParts {
    static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"

    static let contentTypes = declaration + """
    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
    <Default Extension="xml" ContentType="application/xml"/>\
    <Override PartName="/xl/workbook.xml" \
    ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
    <Override PartName="/xl/worksheets/sheet1.xml" \
    ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
    <Override PartName="/xl/styles.xml" \
    ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
    </Types>
    """

    static let rootRelationships = declaration + """
    <Relationships xmlns="\(packageRelationships)">\
    <Relationship Id="rId1" Type="\(relationships)/officeDocument" Target="xl/workbook.xml"/>\
    </Relationships>
    """

    static let workbookRelationships = declaration + """
    <Relationships xmlns="\(packageRelationships)">\
    <Relationship Id="rId1" Type="\(relationships)/worksheet" Target="worksheets/sheet1.xml"/>\
    <Relationship Id="rId2" Type="\(relationships)/styles" Target="styles.xml"/>\
    </Relationships>
    """

    /// `sheetName` must already be escaped.
    static func workbook(sheetName: String) -> String {
        declaration + """
        <workbook xmlns="\(main)" xmlns:r="\(relationships)"><bookViews><workbookView/></bookViews>\
        <sheets><sheet name="\(sheetName)" sheetId="1" r:id="rId1"/></sheets></workbook>
        """
    }

    /// Cell styles by position in `cellXfs`: what `XLSXStyle` names.
    static let styles = declaration + """
    <styleSheet xmlns="\(main)">\
    <numFmts count="2"><numFmt numFmtId="164" formatCode="d mmm yyyy"/>\
    <numFmt numFmtId="165" formatCode="&quot;£&quot;#,##0.00"/></numFmts>\
    <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>\
    <font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
    <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>\
    </fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
    <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
    <cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
    <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
    <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
    <xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>\
    <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>
    """
}

/// Positions in `XLSXParts.styles`' `cellXfs`.
enum XLSXStyle: Int {
    case plain = 0, header = 1, date = 2, money = 3
}
