/** What the saved map carries besides the picture: its title, the legend, the source, date and note. */
export interface MapExtras {
  readonly title: string;
  /** Swatches, or circles of a radius (proportional symbols). */
  readonly legend: readonly { readonly label: string; readonly fill: string; readonly radius?: number }[];
  readonly lines: readonly string[];
}

const LINE = 18;
const ACCESSIBILITY_ATTRIBUTES = [
  'tabindex',
  'role',
  'aria-labelledby',
  'aria-describedby',
  'class',
  'data-fill',
];

/**
 * The map as a standalone SVG file: the drawn map, with the title above it and the legend, the source, the
 * date and the confidentiality note below (a saved picture must carry them), and no attribute that only serves
 * the page (focus, roles). Fills are attributes already, so no stylesheet is needed.
 */
export function mapSvgDocument(svg: SVGSVGElement, extras: MapExtras): string {
  const NS = 'http://www.w3.org/2000/svg';
  const [, , width = 640, height = 480] = (svg.getAttribute('viewBox') ?? '0 0 640 480')
    .split(' ')
    .map(Number);
  const copy = svg.cloneNode(true) as SVGSVGElement;
  // The focus ring belongs to the page, not to the picture.
  for (const ring of copy.querySelectorAll('.map-focus-ring')) ring.remove();
  for (const element of [copy, ...copy.querySelectorAll('*')]) {
    for (const name of ACCESSIBILITY_ATTRIBUTES) element.removeAttribute(name);
  }
  const doc = copy.ownerDocument;
  const text = (x: number, y: number, content: string, attributes: Record<string, string> = {}) => {
    const node = doc.createElementNS(NS, 'text');
    node.setAttribute('x', String(x));
    node.setAttribute('y', String(y));
    node.setAttribute('font-family', 'system-ui, sans-serif');
    node.setAttribute('font-size', '12');
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    node.textContent = content;
    return node;
  };
  const top = 2 * LINE;
  const map = doc.createElementNS(NS, 'g');
  map.setAttribute('transform', `translate(0 ${top})`);
  for (const child of [...copy.childNodes]) {
    if (child.nodeName === 'title' || child.nodeName === 'desc' || child.nodeName === 'defs') continue;
    map.appendChild(child);
  }
  copy.appendChild(map);
  copy.appendChild(text(8, LINE + 4, extras.title, { 'font-size': '15', 'font-weight': '700' }));
  let y = top + height + LINE;
  for (const entry of extras.legend) {
    const pattern = copy.querySelector('pattern')?.id;
    const fill = entry.fill === 'hatch' && pattern !== undefined ? `url(#${pattern})` : entry.fill;
    if (entry.radius === undefined) {
      const swatch = doc.createElementNS(NS, 'rect');
      for (const [name, value] of Object.entries({ x: '8', y: String(y - 11), width: '12', height: '12' })) {
        swatch.setAttribute(name, value);
      }
      swatch.setAttribute('fill', fill);
      swatch.setAttribute('stroke', '#1b1f24');
      copy.appendChild(swatch);
      copy.appendChild(text(26, y, entry.label));
      y += LINE;
    } else {
      const circle = doc.createElementNS(NS, 'circle');
      circle.setAttribute('cx', String(8 + entry.radius));
      circle.setAttribute('cy', String(y - 8 + entry.radius));
      circle.setAttribute('r', String(entry.radius));
      circle.setAttribute('fill', fill);
      circle.setAttribute('fill-opacity', '0.75');
      copy.appendChild(circle);
      copy.appendChild(text(16 + 2 * entry.radius, y + entry.radius - 4, entry.label));
      y += Math.max(LINE, 2 * entry.radius + 6);
    }
  }
  for (const line of extras.lines.flatMap((paragraph) => wrap(paragraph, 110))) {
    copy.appendChild(text(8, y, line, { 'font-size': '10' }));
    y += LINE - 4;
  }
  const total = y;
  copy.setAttribute('viewBox', `0 0 ${width} ${total}`);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(total));
  const background = doc.createElementNS(NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  copy.insertBefore(background, copy.querySelector('defs')?.nextSibling ?? copy.firstChild);
  return new XMLSerializer().serializeToString(copy);
}

/** Saves a text as a file. */
export function saveFile(content: string, type: string, fileName: string): void {
  saveBlob(new Blob([content], { type }), fileName);
}

/** Splits a paragraph into lines of at most `width` characters, at spaces (SVG text does not wrap). */
export function wrap(paragraph: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * The saved SVG drawn to a PNG at twice its size (for slides and documents that take no SVG), in the browser's
 * own canvas: the SVG holds no external reference, so the canvas stays readable.
 */
export async function svgToPng(svgText: string, scale = 2): Promise<Blob> {
  const root = new DOMParser().parseFromString(svgText, 'image/svg+xml').documentElement;
  const width = Number(root.getAttribute('width') ?? 640);
  const height = Number(root.getAttribute('height') ?? 480);
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('No 2D canvas in this browser.');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob === null ? reject(new Error('The canvas gave no PNG.')) : resolve(blob)),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves a file through a temporary link (the browser's download, no server round trip). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
