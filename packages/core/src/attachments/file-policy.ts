// What may be uploaded and how it is served. Denied: anything a browser or a desktop would run or
// render as a page. Inline: only inert raster images; everything else downloads as a file.

const DENIED_TYPES = new Set([
  'text/html',
  'application/xhtml+xml',
  'image/svg+xml',
  'text/javascript',
  'application/javascript',
  'application/ecmascript',
  'application/x-msdownload',
  'application/x-msdos-program',
  'application/vnd.microsoft.portable-executable',
  'application/x-executable',
  'application/x-sh',
  'application/x-csh',
  'application/java-archive',
  'application/hta',
  'application/x-ms-shortcut',
  'application/x-msi',
]);

const DENIED_EXTENSIONS = new Set([
  'exe',
  'dll',
  'com',
  'bat',
  'cmd',
  'scr',
  'pif',
  'msi',
  'msp',
  'cpl',
  'vbs',
  'vbe',
  'js',
  'jse',
  'mjs',
  'wsf',
  'wsh',
  'ps1',
  'psm1',
  'hta',
  'jar',
  'lnk',
  'reg',
  'html',
  'htm',
  'xhtml',
  'shtml',
  'svg',
  'svgz',
]);

const INLINE_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

/** A bare media type (no parameters), as browsers report a file's type. */
export const CONTENT_TYPE_PATTERN = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/;

/** Why a file may not be uploaded, or null when it may. */
export function refusalOf(fileName: string, contentType: string): string | null {
  if (DENIED_TYPES.has(contentType))
    return `Files of type ${contentType} are not accepted (they could run in a browser)`;
  // Windows drops trailing dots and spaces: `setup.exe.` opens as setup.exe.
  const name = fileName.toLowerCase().replace(/[.\s]+$/, '');
  const extension = name.split('.').at(-1) ?? '';
  if (name.includes('.') && DENIED_EXTENSIONS.has(extension)) {
    return `.${extension} files are not accepted (they could run when opened); zip them first`;
  }
  return null;
}

export const isInline = (contentType: string) => INLINE_TYPES.has(contentType);

/** Images a thumbnail is made of. */
export const hasThumbnail = (contentType: string) => INLINE_TYPES.has(contentType);
