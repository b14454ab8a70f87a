import { useState } from 'react';
import { api, toApiError, type ApiError } from '../../api/client';
import type { Role, UserSummary } from '../../api/types';
import { RoleCheckboxes } from './RoleCheckboxes';

interface RolesEditorProps {
  user: UserSummary;
  onSaved?(user: UserSummary): void;
}

/** Four role checkboxes and a Save button for one user. */
export function RolesEditor({ user, onSaved }: RolesEditorProps) {
  const [roles, setRoles] = useState<Role[]>(user.roles);
  const [savedRoles, setSavedRoles] = useState<Role[]>(user.roles);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [saved, setSaved] = useState(false);
  const changed = roles.length !== savedRoles.length || roles.some((role) => !savedRoles.includes(role));

  async function save() {
    setBusy(true);
    setError(undefined);
    setSaved(false);
    try {
      const updated = await api<UserSummary>(`/api/users/${encodeURIComponent(user.id)}/roles`, { method: 'PUT', body: { roles } });
      setRoles(updated.roles);
      setSavedRoles(updated.roles);
      setSaved(true);
      onSaved?.(updated);
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="roles-editor">
      <RoleCheckboxes
        legend={`Roles for ${user.name}`}
        hideLegend
        value={roles}
        onChange={(next) => {
          setRoles(next);
          setSaved(false);
        }}
        error={error?.fieldMessage('roles')}
        disabled={busy}
      />
      <button type="button" className="button-small" disabled={busy || !changed} onClick={save} aria-label={`Save roles for ${user.name}`}>
        Save
      </button>
      <span role="status" className="inline-status">
        {saved ? 'Saved' : ''}
      </span>
      {error !== undefined && error.fieldMessage('roles') === undefined && (
        <p role="alert" className="field-error">
          {error.message}
        </p>
      )}
    </div>
  );
}
