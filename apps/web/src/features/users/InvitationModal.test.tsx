import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { InvitationModal, invitationLink } from './InvitationModal';

describe('InvitationModal', () => {
  it('shows the invitation link and the code, each with a copy button', async () => {
    renderWithProviders(<InvitationModal name="王五" token="abc_DEF-123" onClose={() => undefined} />);
    const link = await screen.findByTestId('invitation-link');
    expect(link.textContent).toContain(`${window.location.origin}/invite?code=abc_DEF-123`);
    expect(screen.getByTestId('invitation-token').textContent).toContain('abc_DEF-123');
    expect(screen.getAllByRole('button', { name: '复制' })).toHaveLength(2);
  });

  it('builds the link on the given origin', () => {
    expect(invitationLink('t0k', 'https://quality.example.com')).toBe(
      'https://quality.example.com/invite?code=t0k',
    );
  });
});
