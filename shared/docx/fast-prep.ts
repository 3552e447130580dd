// The docx library turns its component tree into plain objects (prepForXml) before writing XML. Two of
// its methods do that slowly: XmlComponent's walks children through flatMap and filter closures, and
// NextAttributeComponent's copies the whole attribute object once per attribute (a reduce of object
// spreads, quadratic, through a transpiled spread helper). Together they were ~45% of packing a plan's
// 1.7 MB document.xml. These replacements build exactly the same objects, in the same key order, with
// plain loops (the golden tests compare our XML byte for byte); they are installed once, on import.
import { EMPTY_OBJECT, isXmlComponent, NextAttributeComponent, XmlComponent } from 'docx';

interface Context {
  stack: unknown[];
}
interface Preparable {
  prepForXml(context: Context): unknown;
  readonly writtenAs?: readonly Preparable[];
}
interface Element {
  readonly root: readonly unknown[];
  readonly rootKey: string;
}

/** flatMap's one level of flattening, then the filter of undefined, as the library's own code does. */
function push(out: unknown[], value: unknown): void {
  if (Array.isArray(value)) {
    for (const v of value as unknown[]) if (v !== undefined) out.push(v);
  } else if (value !== undefined) out.push(value);
}

function prepElement(this: Element, context: Context): Record<string, unknown> {
  context.stack.push(this);
  const children: unknown[] = [];
  for (const comp of this.root) {
    if (isXmlComponent(comp)) {
      const parts = (comp as unknown as Preparable).writtenAs;
      if (parts) {
        const prepared: unknown[] = [];
        for (const part of parts) prepared.push(part.prepForXml(context));
        push(children, prepared);
      } else push(children, (comp as unknown as Preparable).prepForXml(context));
    } else push(children, comp);
  }
  context.stack.pop();
  const only = children.length === 1 ? (children[0] as { _attr?: unknown } | null) : undefined;
  return { [this.rootKey]: children.length ? (only?._attr ? only : children) : EMPTY_OBJECT };
}

function prepAttributes(this: { readonly root: Record<string, { key: string; value: unknown }> }): { _attr: Record<string, unknown> } {
  const attrs: Record<string, unknown> = {};
  for (const { key, value } of Object.values(this.root)) if (value !== undefined) attrs[key] = value;
  return { _attr: attrs };
}

// Prototypes seen as holding a replaceable function (a property, not a method bound to a class).
type Prep = (this: unknown, context: Context) => unknown;
const elementProto = XmlComponent.prototype as unknown as { prepForXml: Prep };
const attributesProto = NextAttributeComponent.prototype as unknown as { prepForXml: Prep };

/** The library's own methods, kept so a test can compare their output with ours. */
const library = { element: elementProto.prepForXml, attributes: attributesProto.prepForXml };

/** Puts the library's own methods back (or ours again): for the test that compares the two. */
export function useFastPrep(on: boolean): void {
  elementProto.prepForXml = on ? (prepElement as Prep) : library.element;
  attributesProto.prepForXml = on ? (prepAttributes as Prep) : library.attributes;
}

useFastPrep(true);
