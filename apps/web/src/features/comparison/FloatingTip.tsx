import { forwardRef, type ReactNode, useImperativeHandle, useState } from 'react';
import { createPortal } from 'react-dom';

export interface FloatingTipHandle {
  show(content: ReactNode, anchor: DOMRect): void;
  hide(): void;
}

interface State {
  content: ReactNode;
  x: number;
  y: number;
  below: boolean;
}

/**
 * One tooltip for a whole table: a heat map of 500 estates × 29 indicators would otherwise mount
 * 14,500 tooltip components. It lives in its own state, so showing it re-renders only itself.
 */
export const FloatingTip = forwardRef<FloatingTipHandle>(function FloatingTip(_, ref) {
  const [tip, setTip] = useState<State | null>(null);
  useImperativeHandle(
    ref,
    () => ({
      show(content, anchor) {
        const below = anchor.top < 160;
        setTip({ content, x: anchor.left + anchor.width / 2, y: below ? anchor.bottom : anchor.top, below });
      },
      hide() {
        setTip(null);
      },
    }),
    [],
  );
  if (!tip) return null;
  return createPortal(
    <div
      role="tooltip"
      className="hm-tip"
      style={{
        left: tip.x,
        top: tip.y,
        transform: tip.below ? 'translate(-50%, 8px)' : 'translate(-50%, calc(-100% - 8px))',
      }}
    >
      {tip.content}
    </div>,
    document.body,
  );
});
