// The one way the builder's page makes elements: text is only ever set as text, never as markup.

/** An element with a class and its text. */
export function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
