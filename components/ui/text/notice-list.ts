/**
 * A heading and one list item per notice, every one set as text: a notice may quote a hostile link,
 * so nothing in it is ever parsed as markup. Past `most` notices, one last item says how many more.
 */
export function noticeList(heading: string, notices: readonly string[], most = Infinity): [HTMLParagraphElement, HTMLUListElement] {
  const item = (text: string): HTMLLIElement => Object.assign(document.createElement('li'), { textContent: text });
  const list = document.createElement('ul');
  list.append(...notices.slice(0, most).map(item));
  if (notices.length > most) list.append(item(`and ${notices.length - most} more.`));
  return [Object.assign(document.createElement('p'), { textContent: heading }), list];
}
