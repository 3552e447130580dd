// What the editor's page is, so widths an author drags there (CSS pixels, stored as colwidth) mean
// the same share of the printed text width. The editor's page (renderer/styles/paper.css `.page`) is
// 210 mm wide with 20 mm padding: 170 mm of text, 643 CSS pixels at 96 to the inch.
export const EDITOR_TEXT_WIDTH_PX = 643;
