"""Writes hostile workbooks into a folder, each streamed part by part so that writing them stays in
bounded memory: a zip bomb disguised as .xlsx, a zip of too many parts, a sheet of 1,000,000 rows
(as .xlsx and as .ods), one cell at the far corner of a sheet (XFD1048576), and a 100 MB file.
The reader refuses each before calamine opens it (src/workbook/limits.rs).

Usage: python3 tests/workbook/hostile.py <folder>
"""

import os
import sys
import zipfile
import zlib

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    "</Types>"
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="主要目标" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    "</Relationships>"
)
SHEET_START = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
)
SHEET_END = "</sheetData></worksheet>"
MIB = 1024 * 1024


class RepeatedChunks:
    """A deflate compressor that ends each chunk with a full flush, so that the same chunk always
    compresses to the same bytes, which it then compresses once: a zip bomb's 1,024 equal
    mebibytes take a second of deflate instead of three."""

    def __init__(self):
        self.done = {}

    @staticmethod
    def fresh():
        return zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -15)

    def compress(self, data):
        if data not in self.done:
            compressor = self.fresh()
            self.done[data] = compressor.compress(data) + compressor.flush(zlib.Z_FULL_FLUSH)
        return self.done[data]

    def flush(self):
        return self.fresh().flush()


def xlsx(path, rows, repeated=False):
    """An .xlsx file of one sheet, 主要目标, whose rows come from the iterator `rows`."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", RELS)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            # zipfile's writer compresses what it is given with its `_compressor` (CPython 3.6 on).
            if repeated and hasattr(sheet, "_compressor"):
                sheet._compressor = RepeatedChunks()
            sheet.write(SHEET_START.encode())
            for row in rows:
                sheet.write(row.encode())
            sheet.write(SHEET_END.encode())


def million_rows():
    """The rows, 10,000 to a string: written one by one, they took seconds of Python."""
    for first in range(1, 1_000_001, 10_000):
        yield "".join(
            f'<row r="{number}"><c r="A{number}" t="inlineStr"><is><t>任务{number}</t></is></c></row>'
            for number in range(first, first + 10_000)
        )


def zip_bomb(path):
    """1 GiB of spaces inside the sheet's XML: about 1 MB on disk."""
    blank = b" " * MIB

    def spaces():
        for _ in range(1024):
            yield blank.decode()

    xlsx(path, spaces(), repeated=True)


def many_parts(path):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        for number in range(5000):
            archive.writestr(f"xl/media/part{number}.xml", "<a/>")


def million_rows_ods(path):
    """An OpenDocument sheet whose one row of text repeats 1,000,000 times."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet"
        )
        archive.writestr(
            "META-INF/manifest.xml",
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
            '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
            "</manifest:manifest>",
        )
        archive.writestr(
            "content.xml",
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
            'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
            "<office:body><office:spreadsheet>"
            '<table:table table:name="重点任务">'
            '<table:table-row table:number-rows-repeated="1000000">'
            '<table:table-cell office:value-type="string" table:number-columns-repeated="20"><text:p>任务</text:p></table:table-cell>'
            "</table:table-row></table:table>"
            "</office:spreadsheet></office:body></office:document-content>",
        )


def main():
    folder = sys.argv[1]
    os.makedirs(folder, exist_ok=True)
    zip_bomb(os.path.join(folder, "zip-bomb.xlsx"))
    many_parts(os.path.join(folder, "many-parts.xlsx"))
    xlsx(os.path.join(folder, "million-rows.xlsx"), million_rows())
    xlsx(
        os.path.join(folder, "far-cell.xlsx"),
        iter(['<row r="1"><c r="A1"><v>1</v></c><c r="XFD1048576"><v>2</v></c></row>']),
    )
    million_rows_ods(os.path.join(folder, "million-rows.ods"))
    # A sparse file: 100 MB that take no room on disk.
    with open(os.path.join(folder, "100-mb.xlsx"), "wb") as big:
        big.truncate(100 * MIB)


if __name__ == "__main__":
    main()
