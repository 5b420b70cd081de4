import type { Messages } from '../../../lib/i18n.tsx';

export const userMessages: Messages<
  | 'title' | 'description' | 'add' | 'filter' | 'roleFilter' | 'allRoles' | 'username' | 'name' | 'email' | 'role' | 'team'
  | 'status' | 'lastLogin' | 'never' | 'noPassword' | 'deactivate' | 'activate' | 'deactivated' | 'activated' | 'created'
  | 'updated' | 'password' | 'passwordHint' | 'generate' | 'createTitle' | 'editTitle' | 'teamHint' | 'resetPassword'
  | 'passwordTitle' | 'passwordIntro' | 'confirmDeactivate' | 'count' | 'admin' | 'supervisor' | 'agent' | 'l2' | 'activeSwitch'
  | 'newPassword' | 'newPasswordHint' | 'noMatch' | 'showPassword' | 'nameEmail'
> = {
  id: {
    title: 'Pengguna & Peran', description: 'Akun staf: admin, supervisor, agen Layer 1 dan akun tim Layer 2.', add: 'Tambah pengguna',
    filter: 'Cari pengguna', roleFilter: 'Peran', allRoles: 'Semua peran', username: 'Nama pengguna', name: 'Nama lengkap', email: 'Email',
    role: 'Peran', team: 'Tim Layer 2', status: 'Status', lastLogin: 'Terakhir masuk', never: 'Belum pernah', noPassword: 'Tanpa kata sandi',
    deactivate: 'Nonaktifkan', activate: 'Aktifkan', deactivated: 'Pengguna {name} dinonaktifkan', activated: 'Pengguna {name} diaktifkan',
    created: 'Pengguna {name} dibuat', updated: 'Pengguna {name} diperbarui', password: 'Kata sandi awal',
    passwordHint: 'Minimal 10 karakter; ditampilkan sekali setelah disimpan.', generate: 'Buat acak', createTitle: 'Tambah pengguna',
    editTitle: 'Ubah pengguna {name}', teamHint: 'Wajib untuk peran Tim Layer 2.', resetPassword: 'Atur ulang kata sandi',
    passwordTitle: 'Kata sandi untuk {name}', passwordIntro: 'Berikan kata sandi ini kepada pemilik akun melalui saluran yang aman.',
    confirmDeactivate: 'Nonaktifkan {name}? Semua sesi masuknya berakhir dan ia tidak dapat masuk lagi sampai diaktifkan.',
    count: '{n} pengguna', admin: 'Admin', supervisor: 'Supervisor', agent: 'Agen', l2: 'Tim Layer 2', activeSwitch: 'Akun aktif',
    newPassword: 'Kata sandi baru', newPasswordHint: 'Kosongkan bila tidak diubah; minimal 10 karakter.', noMatch: 'Tidak ada pengguna yang cocok.', showPassword: 'Tampilkan atau sembunyikan kata sandi', nameEmail: 'Nama & email',
  },
  en: {
    title: 'Users & roles', description: 'Staff accounts: admins, supervisors, Layer 1 agents and Layer 2 team accounts.', add: 'Add user',
    filter: 'Search users', roleFilter: 'Role', allRoles: 'All roles', username: 'Username', name: 'Full name', email: 'Email',
    role: 'Role', team: 'Layer 2 team', status: 'Status', lastLogin: 'Last sign-in', never: 'Never', noPassword: 'No password',
    deactivate: 'Deactivate', activate: 'Activate', deactivated: 'User {name} deactivated', activated: 'User {name} activated',
    created: 'User {name} created', updated: 'User {name} updated', password: 'Initial password',
    passwordHint: 'At least 10 characters; shown once after saving.', generate: 'Generate', createTitle: 'Add user',
    editTitle: 'Edit user {name}', teamHint: 'Required for the Layer 2 team role.', resetPassword: 'Reset password',
    passwordTitle: 'Password for {name}', passwordIntro: 'Give this password to the account owner over a safe channel.',
    confirmDeactivate: 'Deactivate {name}? Their sessions end and they cannot sign in until activated again.',
    count: '{n} users', admin: 'Admin', supervisor: 'Supervisor', agent: 'Agent', l2: 'Layer 2 team', activeSwitch: 'Account active',
    newPassword: 'New password', newPasswordHint: 'Leave empty to keep it; at least 10 characters.', noMatch: 'No user matches.', showPassword: 'Show or hide the password', nameEmail: 'Name & email',
  },
};
