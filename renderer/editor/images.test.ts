// @vitest-environment happy-dom
// Images in the editor: the "Image…" command (picked file, checked, described), editing a
// selected image, pasted files and pasted HTML (only images held in the document survive).
import { Editor } from '@tiptap/core';
import { Slice } from '@tiptap/pm/model';
import { NodeSelection } from '@tiptap/pm/state';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { richDocSchema } from '../../shared/backup/schema';
import { bullets, doc, para } from '../../shared/richtext/build';
import { dataUrl, testJpeg, testPng } from '../../shared/richtext/image-fixtures';
import type { ImageNode, RichDoc } from '../../shared/richtext/model';
import type { Asker, ImageDetails, ImageQuestion } from '../ui/asker';
import { setAsker } from '../ui/asker';
import { commandById } from './commands';
import { insertImage } from './images';
import { LabelsExtension } from './labels-plugin';
import { paperSchemaExtensions } from './schema-extensions';
import { toRichDoc } from './to-rich-doc';

const editors: Editor[] = [];
function editorWith(content: RichDoc, images = true): Editor {
  const e = new Editor({
    extensions: [...paperSchemaExtensions({ images }), LabelsExtension.configure({ initial: { sectionNo: 4, footnoteMarks: new Map() } })],
    content: content as never,
  });
  editors.push(e);
  return e;
}
afterEach(() => editors.splice(0).forEach((e) => e.destroy()));

interface Recorded {
  notices: string[];
  questions: ImageQuestion[];
}
function asker(file: Uint8Array | null, details: ImageDetails | null, rec: Recorded = { notices: [], questions: [] }): Asker {
  return {
    text: () => Promise.resolve(null),
    confirm: () => Promise.resolve(true),
    notice: (n) => {
      rec.notices.push(n.message);
      return Promise.resolve();
    },
    imageDetails: (q) => {
      rec.questions.push(q);
      return Promise.resolve(details);
    },
    footnote: () => Promise.resolve(null),
    file: () => Promise.resolve(file ? { name: 'chart.png', data: file } : null),
  };
}
const stored = (e: Editor) => toRichDoc(e.getJSON());
const images = (e: Editor) => stored(e).content.filter((b): b is ImageNode => b.type === 'image');
const run = (e: Editor, ask: Asker) => commandById('image').run({ editor: e, ask });
const described = { alt: 'Bar chart: compliance 91% to 97%', caption: 'Figure 1' };

describe('the Image… command', () => {
  it('adds a picked PNG with the size read from the file and the description the author gives', async () => {
    const e = editorWith(doc(para('The chart below illustrates the trend.'), para('After.')));
    e.commands.setTextSelection(39); // end of the first paragraph
    const rec: Recorded = { notices: [], questions: [] };
    await run(e, asker(testPng(40, 30), described, rec));
    expect(rec.questions[0]).toMatchObject({ title: 'Describe the image', src: expect.stringMatching(/^data:image\/png;base64,/) });
    const body = stored(e);
    expect(body.content.map((b) => b.type)).toEqual(['paragraph', 'image', 'paragraph']);
    expect(images(e)[0]!.attrs).toEqual({ src: dataUrl('image/png', testPng(40, 30)), alt: described.alt, width: 40, height: 30, caption: 'Figure 1' });
    expect(richDocSchema.safeParse(body).success).toBe(true);
  });

  it('adds a JPEG, and stores no caption when none is given', async () => {
    const e = editorWith(doc(para('x')));
    await run(e, asker(testJpeg(300, 200), { alt: 'Photo of the custody suite', caption: '' }));
    expect(images(e)[0]!.attrs).toEqual({ src: dataUrl('image/jpeg', testJpeg(300, 200)), alt: 'Photo of the custody suite', width: 300, height: 200 });
  });

  it('inserts nothing when the description is cancelled, or no file is picked', async () => {
    const e = editorWith(doc(para('x')));
    await run(e, asker(testPng(), null));
    await run(e, asker(null, described));
    expect(images(e)).toEqual([]);
  });

  it('refuses a file that is not a PNG or JPEG, saying why, without asking for a description', async () => {
    const e = editorWith(doc(para('x')));
    const rec: Recorded = { notices: [], questions: [] };
    await run(e, asker(new TextEncoder().encode('GIF89a……'), described, rec));
    expect(rec.notices[0]).toMatch(/Only PNG and JPEG/);
    expect(rec.questions).toEqual([]);
    expect(images(e)).toEqual([]);
  });

  it('from inside a list puts the image after the list (list items hold paragraphs only)', async () => {
    const e = editorWith(doc(para('Intro'), bullets('one', 'two'), para('End')));
    e.commands.setTextSelection(12); // inside "one"
    await run(e, asker(testPng(), described));
    expect(stored(e).content.map((b) => b.type)).toEqual(['paragraph', 'bulletList', 'image', 'paragraph']);
    expect(richDocSchema.safeParse(stored(e)).success).toBe(true);
  });

  it('dropped at a place in the text, splits a paragraph there, or goes after the list or table the place is in', () => {
    const attrs = { src: dataUrl('image/png', testPng(4, 3)), alt: 'a', width: 4, height: 3 };
    const shape = (at: number) => {
      const e = editorWith(doc(para('Hello world'), bullets('one', 'two')));
      insertImage(e, attrs, at);
      return stored(e).content.map((b) => (b.type === 'paragraph' ? b.content?.map((t) => (t.type === 'text' ? t.text : '')).join('') : b.type));
    };
    expect(shape(3)).toEqual(['He', 'image', 'llo world', 'bulletList']);
    expect(shape(0)).toEqual(['image', 'Hello world', 'bulletList']);
    for (const inList of [14, 16, 20]) expect(shape(inList)).toEqual(['Hello world', 'bulletList', 'image']);
  });

  it('with an image selected, edits its description and caption', async () => {
    const e = editorWith(doc(para('x'), { type: 'image', attrs: { src: dataUrl('image/png', testPng(4, 3)), alt: '', width: 4, height: 3 } }));
    e.view.dispatch(e.state.tr.setSelection(NodeSelection.create(e.state.doc, 3)));
    const rec: Recorded = { notices: [], questions: [] };
    await run(e, asker(null, { alt: 'Now described', caption: 'Figure 2' }, rec));
    expect(rec.questions[0]).toMatchObject({ title: 'Image description', alt: '', caption: '' });
    expect(images(e)[0]!.attrs).toMatchObject({ alt: 'Now described', caption: 'Figure 2', width: 4, height: 3 });
  });

  it('cannot run in an editor that takes no images', () => {
    expect(commandById('image').canRun!(editorWith(doc(para('x')), false))).toBe(false);
    expect(commandById('image').canRun!(editorWith(doc(para('x')), true))).toBe(true);
  });
});

describe('images shown in the editor', () => {
  it('shows the image with its description as alt, its size, and its caption; warns when it has no description', () => {
    const e = editorWith(
      doc(
        { type: 'image', attrs: { src: dataUrl('image/png', testPng(4, 3)), alt: 'A chart', width: 4, height: 3, caption: 'Figure 1' } },
        { type: 'image', attrs: { src: dataUrl('image/png', testPng(4, 3)), alt: '', width: 4, height: 3 } },
      ),
    );
    const [a, b] = [...e.view.dom.querySelectorAll('figure.rich-image')];
    expect(a!.querySelector('img')!.getAttribute('alt')).toBe('A chart');
    expect(a!.querySelector('img')!.getAttribute('width')).toBe('4');
    expect(a!.querySelector('figcaption')!.textContent).toBe('Figure 1');
    expect((a!.querySelector('.image-warning') as HTMLElement).hidden).toBe(true);
    expect((b!.querySelector('.image-warning') as HTMLElement).hidden).toBe(false);
  });
  it('round-trips a stored image unchanged, with or without caption', () => {
    const d = doc(
      para('x'),
      { type: 'image', attrs: { src: dataUrl('image/png', testPng(4, 3)), alt: 'A chart', width: 4, height: 3, caption: 'Figure 1' } },
      { type: 'image', attrs: { src: dataUrl('image/jpeg', testJpeg(5, 6)), alt: '', width: 5, height: 6 } },
    );
    expect(stored(editorWith(d))).toEqual(d);
    expect(stored(editorWith(d, false))).toEqual(d); // an editor that adds none still shows and keeps them
  });
});

describe('pasted HTML', () => {
  const png = dataUrl('image/png', testPng(8, 6));

  it('drops images from anywhere else: remote, javascript:, file:, SVG, blob:', () => {
    const e = editorWith(doc(para('x')));
    e.commands.setContent(
      `<p>Before</p><img src="https://example.org/track.png" alt="remote"><p><img src="javascript:alert(1)">middle<img src="http://127.0.0.1/x.png"></p><img src="file:///C:/chart.png"><img src="data:image/svg+xml;base64,PHN2Zy8+"><img src="blob:https://x/1"><figure data-image><img src="https://example.org/a.jpg"><figcaption>cap</figcaption></figure><p>After</p>`,
    );
    const json = JSON.stringify(stored(e));
    expect(json).not.toMatch(/https?:|javascript|file:|svg|blob:|"image"/);
    expect(json).toContain('Before');
    expect(json).toContain('middle');
    expect(e.view.dom.querySelectorAll('img')).toHaveLength(0);
  });

  it('keeps a PNG or JPEG held in the HTML itself, reading its size from the image, not the HTML', () => {
    const e = editorWith(doc(para('x')));
    e.commands.setContent(`<p>The chart below:</p><img src="${png}" alt="Pasted chart" width="9999" height="1"><p>After</p>`);
    expect(stored(e).content.map((b) => b.type)).toEqual(['paragraph', 'image', 'paragraph']);
    expect(images(e)[0]!.attrs).toEqual({ src: png, alt: 'Pasted chart', width: 8, height: 6 });
  });

  it('keeps our own figures (copied from another editor) with their caption; an <img> in a list or table lands outside it', () => {
    const e = editorWith(doc(para('x')));
    e.commands.setContent(
      `<figure data-image><img src="${png}" alt="Ours"><figcaption>Figure 3</figcaption></figure><ul><li><p>item <img src="${png}" alt="in list"></p></li></ul>`,
    );
    const body = stored(e);
    expect(images(e)[0]!.attrs).toMatchObject({ alt: 'Ours', caption: 'Figure 3' });
    expect(richDocSchema.safeParse(body).success).toBe(true);
    expect(JSON.stringify(body.content.filter((b) => b.type === 'bulletList'))).not.toContain('"image"');
  });

  it('an editor that takes no images takes none from pasted HTML', () => {
    const e = editorWith(doc(para('x')), false);
    e.commands.setContent(`<p>a</p><img src="${png}" alt="x"><p>b</p>`);
    expect(images(e)).toEqual([]);
  });
});

describe('pasted and dropped files', () => {
  let rec: Recorded;
  beforeEach(() => {
    rec = { notices: [], questions: [] };
    setAsker(asker(null, described, rec));
  });
  afterEach(() => setAsker(null));

  const paste = (e: Editor, files: File[], text = '') => {
    const data = { files: Object.assign(files, { item: (i: number) => files[i] ?? null }), getData: (type: string) => (type === 'text/plain' ? text : '') };
    const event = { clipboardData: data, preventDefault() {} } as unknown as ClipboardEvent;
    return e.view.someProp('handlePaste', (f) => f(e.view, event, Slice.empty)) ?? false;
  };
  const pngFile = (bytes: Uint8Array, name: string) => new File([new Uint8Array(bytes)], name, { type: 'image/png' });
  const settle = () => new Promise((r) => setTimeout(r, 20));

  it('a pasted PNG is checked, described and inserted', async () => {
    const e = editorWith(doc(para('x')));
    expect(paste(e, [pngFile(testPng(12, 10), 'shot.png')])).toBe(true);
    await settle();
    expect(images(e)[0]!.attrs).toMatchObject({ alt: described.alt, width: 12, height: 10 });
  });

  it('a pasted file that only claims to be an image is refused with the reason', async () => {
    const e = editorWith(doc(para('x')));
    paste(e, [pngFile(new TextEncoder().encode('<svg onload=alert(1)>'), 'evil.png')]);
    await settle();
    expect(rec.notices[0]).toMatch(/not a PNG or JPEG/);
    expect(images(e)).toEqual([]);
  });

  it('text copied with a picture of itself (as Word does) pastes as text', () => {
    const e = editorWith(doc(para('x')));
    expect(paste(e, [pngFile(testPng(), 'image.png')], 'Some copied words')).toBe(false);
  });

  it('an editor that takes no images says so', async () => {
    const e = editorWith(doc(para('x')), false);
    expect(paste(e, [pngFile(testPng(), 'a.png')])).toBe(true);
    await settle();
    expect(rec.notices[0]).toMatch(/Images cannot be added here/);
    expect(images(e)).toEqual([]);
  });
});
