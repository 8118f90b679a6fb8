import { Extension } from "@tiptap/core";
import { Plugin, TextSelection } from "@tiptap/pm/state";

/**
 * A typed character goes into the story as a ProseMirror transaction; the
 * browser does not edit the page first. By default ProseMirror lets Chrome
 * insert the character into the contenteditable and then reads the change back
 * from the DOM; on a 20,000-word story Chrome's own insertion cost more than
 * the whole of ProseMirror's update (profiled at 4× CPU slowdown: ~10 of
 * ~23 ms a key). ProseMirror takes this path itself when the selection is not
 * text, and runs the same input rules (handleTextInput) either way.
 * Composition (IME, dead keys) and shortcuts never reach handleKeyPress
 * (ProseMirror filters them out first); Enter and characters outside the
 * Basic Multilingual Plane keep the browser's path.
 */
export const TypedText = Extension.create({
  name: "typedText",
  addProseMirrorPlugins() {
    return [
      new Plugin({
        props: {
          handleKeyPress(view, event) {
            const text = String.fromCharCode(event.charCode);
            if (!event.charCode || /[\r\n\uD800-\uDFFF]/.test(text)) return false;
            const { selection } = view.state;
            if (!(selection instanceof TextSelection) || !selection.$from.sameParent(selection.$to) || !selection.$from.parent.inlineContent) return false;
            const { from, to } = selection;
            const insert = () => view.state.tr.insertText(text, from, to).scrollIntoView();
            if (!view.someProp("handleTextInput", (handle) => handle(view, from, to, text, insert))) view.dispatch(insert());
            return true;
          },
        },
      }),
    ];
  },
});
