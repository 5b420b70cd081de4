import type { Messages } from '../../../lib/i18n.tsx';

export const directoryMessages: Messages<
  | 'teams' | 'teamsHint' | 'addTeam' | 'editTeam' | 'teamName' | 'unit' | 'units' | 'unitsHint' | 'addUnit' | 'unitName'
  | 'topics' | 'topicsHint' | 'addTopic' | 'label' | 'kind' | 'technical' | 'other' | 'description' | 'order' | 'activeField'
  | 'categories' | 'categoriesHint' | 'addCategory' | 'reviewers' | 'reviewersHint' | 'topic' | 'reviewingTeams' | 'noTeam'
  | 'reviewersSaved' | 'teamSaved'
> = {
  id: {
    teams: 'Tim Layer 2', teamsHint: 'Setiap tim berada di bawah satu unit eselon II; satu akun Layer 2 per tim.', addTeam: 'Tambah tim',
    editTeam: 'Ubah tim {code}', teamName: 'Nama tim', unit: 'Unit', units: 'Unit', unitsHint: 'Unit eselon II DJPK tempat tim berada.',
    addUnit: 'Tambah unit', unitName: 'Nama unit', topics: 'Topik', topicsHint: 'Topik konsultasi untuk penandaan tiket, FAQ dan laporan.',
    addTopic: 'Tambah topik', label: 'Label', kind: 'Jenis', technical: 'Teknis', other: 'Lainnya', description: 'Keterangan',
    order: 'Urutan', activeField: 'Aktif', categories: 'Kategori Pengguna', categoriesHint: 'Kategori pengguna layanan (Pemda, K/L, Akademisi, Lainnya).',
    addCategory: 'Tambah kategori', reviewers: 'Peninjau FAQ per topik', reviewersHint: 'Tim Layer 2 yang meninjau artikel basis pengetahuan setiap topik.',
    topic: 'Topik', reviewingTeams: 'Tim peninjau', noTeam: 'Belum ada tim', reviewersSaved: 'Tim peninjau topik {topic} disimpan', teamSaved: 'Tim {code} disimpan',
  },
  en: {
    teams: 'Layer 2 teams', teamsHint: 'Each team sits under one eselon II unit; one Layer 2 account per team.', addTeam: 'Add team',
    editTeam: 'Edit team {code}', teamName: 'Team name', unit: 'Unit', units: 'Units', unitsHint: 'DJPK\'s eselon II units that teams belong to.',
    addUnit: 'Add unit', unitName: 'Unit name', topics: 'Topics', topicsHint: 'Consultation topics for ticket tagging, the FAQ and the report.',
    addTopic: 'Add topic', label: 'Label', kind: 'Kind', technical: 'Technical', other: 'Other', description: 'Description',
    order: 'Order', activeField: 'Active', categories: 'User categories', categoriesHint: 'Categories of service users (Pemda, K/L, academics, others).',
    addCategory: 'Add category', reviewers: 'FAQ reviewers per topic', reviewersHint: 'The Layer 2 teams that review each topic\'s knowledge-base articles.',
    topic: 'Topic', reviewingTeams: 'Reviewing teams', noTeam: 'No team yet', reviewersSaved: 'Reviewing teams of {topic} saved', teamSaved: 'Team {code} saved',
  },
};
