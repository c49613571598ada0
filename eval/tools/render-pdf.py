#!/usr/bin/env python3
"""Render a held-out policy published only as an HTML template to PDF, so the PDF path is exercised on real text.

The policy element is cut verbatim out of the template (origin.*) between two markers, wrapped in a minimal HTML page
(render.html, kept beside the PDF so the input is auditable) and converted with LibreOffice (soffice --headless).
Usage: render-pdf.py <folder> <lang> <title> <start-marker> <end-marker>   (end marker is included)
"""
import pathlib
import subprocess
import sys

folder, lang, title, start, end = sys.argv[1:6]
base = pathlib.Path(folder)
origin = next(p for p in base.iterdir() if p.name.startswith('origin.'))
text = origin.read_text(encoding='utf-8')
i = text.index(start)
j = text.index(end, i) + len(end)
page = (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n<title>{title}</title>\n</head>\n'
        f'<body>\n{text[i:j]}\n</body>\n</html>\n')
(base / 'render.html').write_text(page, encoding='utf-8')
# Imported as a Writer document (the Writer/Web export drops the first paragraph and renders blank pages).
subprocess.run(['soffice', '--headless', '--infilter=HTML (StarWriter)', '--convert-to', 'pdf:writer_pdf_Export',
                '--outdir', str(base), str(base / 'render.html')], check=True, capture_output=True)
(base / 'render.pdf').rename(base / 'source.pdf')
print(base / 'source.pdf')
