#!/usr/bin/env python3
"""Renders the example shop's product photos from the drawings in scripts/example-drawings/ (made for this repository,
licence: the repository's own, no third-party artwork): five 800 x 800 JPEG views per product on a white background,
written to content/assets/products/<sku>-<n>.jpg. One product (YX-L102) deliberately gets a main photo that breaks the
guide (640 x 480 on a wooden table) so the photo checks fire on it; YX-S901 gets three views only.

Reproducible: the drawings are SVG, rasterised and encoded by libvips (`vips` command, fixed quality, no metadata),
so the same libvips and librsvg give the same bytes. Run from the repository root: python3 scripts/render-example-photos.py
"""
import os, re, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DRAWINGS = os.path.join(ROOT, "scripts", "example-drawings")
OUT = os.path.join(ROOT, "content", "assets", "products")
BAD_MAIN = "yx-l102"       # main photo: small, not square, not white
SHORT = {"yx-s901": 3}     # fewer than five views

def inner(svg):
    """The drawing's shapes without its background card."""
    body = re.sub(r"^.*?<svg[^>]*>", "", svg, flags=re.S).replace("</svg>", "")
    body = re.sub(r'<rect width="240" height="240"[^>]*/>', "", body, count=1)
    return re.sub(r'<rect x="0" y="2\d\d" width="240"[^>]*/>', "", body)  # the drawing's floor band

def scene(shapes, view):
    """One view of the drawing as an SVG document: (viewBox, width, height, background, content)."""
    shadow = '<ellipse cx="120" cy="214" rx="70" ry="8" fill="#000" opacity="0.06"/>'
    if view == 1: return ("0 0 240 240", 800, 800, "#ffffff", shadow + shapes)
    if view == 2: return ("50 40 140 140", 800, 800, "#ffffff", shapes)                      # detail
    if view == 3: return ("0 0 240 240", 800, 800, "#ffffff", '<g transform="translate(240 0) scale(-1 1)">' + shapes + "</g>")
    if view == 4: return ("0 0 240 240", 800, 800, "#ece6dc", shadow + shapes)                 # in use, on a table
    carton = '<rect x="24" y="96" width="192" height="120" fill="#d2ad7c"/><rect x="24" y="96" width="192" height="14" fill="#b98f5a"/>'
    return ("0 0 240 240", 800, 800, "#ffffff", carton + '<g transform="translate(66 44) scale(0.45)">' + shapes + "</g>")  # packed

def bad_main(shapes):
    table = '<rect x="-40" y="150" width="320" height="90" fill="#8a6a44"/>'
    return ("-40 0 320 240", 640, 480, "#b39a78", table + shapes)

def render(doc, path):
    view_box, width, height, background, content = doc
    x, y, w, h = view_box.split()
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{view_box}" width="{width}" height="{height}">'
           f'<rect x="{x}" y="{y}" width="{w}" height="{h}" fill="{background}"/>{content}</svg>')
    with tempfile.NamedTemporaryFile("w", suffix=".svg", delete=False) as f:
        f.write(svg)
    try:
        subprocess.run(["vips", "copy", f.name, path + "[Q=78,strip,optimize_coding]"], check=True)
    finally:
        os.unlink(f.name)

def main():
    for name in sorted(os.listdir(DRAWINGS)):
        if not name.endswith(".svg"): continue
        stem = name[:-4]
        shapes = inner(open(os.path.join(DRAWINGS, name), encoding="utf-8").read())
        for view in range(1, SHORT.get(stem, 5) + 1):
            doc = bad_main(shapes) if (stem == BAD_MAIN and view == 1) else scene(shapes, view)
            render(doc, os.path.join(OUT, f"{stem}-{view}.jpg"))
            print(f"{stem}-{view}.jpg", file=sys.stderr)

if __name__ == "__main__":
    main()
