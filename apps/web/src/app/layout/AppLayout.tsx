import { Drawer, Layout } from 'antd';
import { Suspense, useState } from 'react';
import { Outlet } from 'react-router';
import { OutboxBackgroundSync } from '../../features/audit-conduct';
import { PageSkeleton } from '../../shared/PageSkeleton';
import { useIsCompact } from '../../shared/useIsMobile';
import { useSession } from '../session';
import { SIDER_BG } from '../theme';
import { useSignOut } from '../useSignOut';
import { Brand } from './Brand';
import { HeaderBar } from './HeaderBar';
import { SideMenu } from './SideMenu';

/** Sider on wide screens (collapsible to icons); below `lg` the menu moves into a drawer. */
export function AppLayout() {
  const { ability, company } = useSession();
  const compact = useIsCompact();
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const signOut = useSignOut();
  const hasCompany = company !== null;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <OutboxBackgroundSync />
      {compact ? (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          size={256}
          closable={false}
          styles={{ body: { padding: 0, background: SIDER_BG } }}
        >
          <Brand />
          <SideMenu ability={ability} hasCompany={hasCompany} onNavigate={() => setDrawerOpen(false)} />
        </Drawer>
      ) : (
        <Layout.Sider
          width={224}
          collapsedWidth={72}
          collapsed={collapsed}
          trigger={null}
          collapsible
          style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}
        >
          <Brand collapsed={collapsed} />
          <SideMenu ability={ability} hasCompany={hasCompany} />
        </Layout.Sider>
      )}
      <Layout style={{ minWidth: 0 }}>
        <HeaderBar
          compact={compact}
          collapsed={collapsed}
          onToggleMenu={() => (compact ? setDrawerOpen(true) : setCollapsed((c) => !c))}
          onSignOut={signOut}
        />
        <Layout.Content style={{ padding: compact ? 12 : 24, minWidth: 0 }}>
          <div style={{ maxWidth: 1440, margin: '0 auto' }}>
            <Suspense fallback={<PageSkeleton />}>
              <Outlet />
            </Suspense>
          </div>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
