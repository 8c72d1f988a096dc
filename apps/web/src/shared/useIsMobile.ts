import { Grid } from 'antd';

/** Below antd's `md` breakpoint (768 px): phone layouts. */
export function useIsMobile(): boolean {
  const screens = Grid.useBreakpoint();
  return screens.md === false;
}

/** Below `lg` (992 px): the side menu becomes a drawer. */
export function useIsCompact(): boolean {
  const screens = Grid.useBreakpoint();
  return screens.lg === false;
}
