import type { Messages } from '../../../lib/i18n.tsx';

type Key =
  | 'title' | 'intro' | 'mainMenu' | 'treeLabel' | 'expand' | 'collapse' | 'problemCount' | 'loadError'
  | 'addItem' | 'addSubItem' | 'moveUp' | 'moveDown' | 'delete' | 'deleteConfirm' | 'newItem' | 'dragHint'
  | 'nodeTitle' | 'rowTitle' | 'rowDescription' | 'rowId' | 'rowIdHint' | 'kind' | 'kindAnswer' | 'kindArticle' | 'kindSubmenu' | 'kindAgent'
  | 'kindLocked' | 'answer' | 'answerHint' | 'submenuIntro' | 'submenuIntroHint' | 'submenuInfo' | 'agentInfo' | 'article' | 'articlePlaceholder'
  | 'articleFallback' | 'articleFallbackHint' | 'topic' | 'topicHint' | 'reportLabel' | 'reportLabelHint' | 'noTopic'
  | 'flowTexts' | 'greeting' | 'registrationPrompt' | 'menuPrompt' | 'afterAnswerPrompt' | 'handoffMessage' | 'closingMessage' | 'idleMinutes' | 'idleHint'
  | 'previewTitle' | 'previewList' | 'previewText' | 'businessAccount' | 'close' | 'loadingArticle' | 'fromArticle' | 'articleUnusable'
  | 'publish' | 'publishing' | 'published' | 'publishFailed' | 'problemsBefore' | 'unsaved' | 'discard' | 'activeVersion'
  | 'history' | 'version' | 'active' | 'view' | 'by' | 'viewing' | 'backToActive' | 'restore' | 'restored' | 'system'
  | 'serverProblems' | 'localProblems' | 'chars';

export const chatbotMessages: Messages<Key> = {
  id: {
    title: 'Menu Chatbot WhatsApp', intro: 'Susun menu yang dilihat pengguna WhatsApp setelah mengisi data diri. Simpan untuk menerbitkan versi baru.',
    mainMenu: 'Menu utama', treeLabel: 'Pohon menu chatbot', expand: 'Buka', collapse: 'Tutup', problemCount: '{count} masalah',
    loadError: 'Menu chatbot gagal dimuat: {message}',
    addItem: 'Tambah item', addSubItem: 'Tambah sub-item', moveUp: 'Naikkan', moveDown: 'Turunkan', delete: 'Hapus',
    deleteConfirm: 'Hapus "{title}" beserta {count} sub-item di bawahnya?', newItem: 'Item baru', dragHint: 'Seret item untuk memindahkan; Enter memilih, panah kanan/kiri membuka/menutup.',
    nodeTitle: 'Item menu', rowTitle: 'Judul baris', rowDescription: 'Keterangan baris', rowId: 'ID baris', rowIdHint: 'Huruf, angka, "-" atau "_"; dipakai sebagai ID balasan WhatsApp.',
    kind: 'Jenis', kindAnswer: 'Jawaban', kindArticle: 'Artikel', kindSubmenu: 'Submenu', kindAgent: 'Chat Agent',
    kindLocked: 'Hapus sub-item terlebih dahulu untuk mengganti jenis.', answer: 'Jawaban', answerHint: 'Dikirim saat item dipilih.',
    submenuIntro: 'Teks sebelum submenu', submenuIntroHint: 'Opsional; dikirim sebelum daftar submenu.', submenuInfo: 'Submenu ini berisi {count} item; tambah atau atur di pohon menu.',
    agentInfo: 'Percakapan diteruskan ke agen dengan data pendaftaran. Pesan yang dikirim: "{message}"',
    article: 'Artikel basis pengetahuan', articlePlaceholder: 'Cari artikel…', articleFallback: 'Jawaban cadangan',
    articleFallbackHint: 'Opsional; dikirim hanya bila artikel ditarik atau diarsipkan.', topic: 'Topik', topicHint: 'Topik tiket bila pengguna memilih Chat Agent dari sini.',
    reportLabel: 'Nama di laporan', reportLabelHint: 'Nama item ini di laporan bulanan (bawaan: judul baris).', noTopic: 'Tanpa topik',
    flowTexts: 'Teks chatbot', greeting: 'Salam pembuka', registrationPrompt: 'Permintaan data diri', menuPrompt: 'Teks menu utama',
    afterAnswerPrompt: 'Teks setelah jawaban', handoffMessage: 'Pesan saat diteruskan ke agen', closingMessage: 'Pesan penutup', idleMinutes: 'Sesi berakhir setelah diam (menit)',
    idleHint: 'Pesan berikutnya memulai sesi baru.',
    previewTitle: 'Pratinjau WhatsApp', previewList: 'Daftar interaktif', previewText: 'Teks bernomor', businessAccount: 'Akun bisnis',
    close: 'Tutup', loadingArticle: 'Memuat artikel…', fromArticle: 'Jawaban dari artikel #{id}', articleUnusable: 'Artikel #{id} tidak dapat dipakai',
    publish: 'Terbitkan versi baru', publishing: 'Menerbitkan…', published: 'Versi {version} diterbitkan dan aktif.', publishFailed: 'Menu belum diterbitkan: {message}',
    problemsBefore: 'Masih ada {count} masalah; perbaiki dulu sebelum menerbitkan.', unsaved: 'Perubahan belum disimpan', discard: 'Batalkan perubahan',
    activeVersion: 'Versi aktif {version}', history: 'Riwayat versi', version: 'Versi {version}', active: 'Aktif', view: 'Lihat', by: 'oleh {name}',
    viewing: 'Anda melihat versi {version} ({date}), hanya baca.', backToActive: 'Kembali ke versi aktif', restore: 'Pakai sebagai draf',
    restored: 'Versi {version} dimuat sebagai draf; terbitkan untuk memakainya.', system: 'sistem',
    serverProblems: 'Server menolak menu ini:', localProblems: 'Masalah pada item ini', chars: '{count}/{max} karakter',
  },
  en: {
    title: 'WhatsApp chatbot menu', intro: 'Build the menu WhatsApp users see after they register. Saving publishes a new version.',
    mainMenu: 'Main menu', treeLabel: 'Chatbot menu tree', expand: 'Expand', collapse: 'Collapse', problemCount: '{count} problems',
    loadError: 'Could not load the chatbot menu: {message}',
    addItem: 'Add item', addSubItem: 'Add sub-item', moveUp: 'Move up', moveDown: 'Move down', delete: 'Delete',
    deleteConfirm: 'Delete "{title}" and the {count} sub-items below it?', newItem: 'New item', dragHint: 'Drag an item to move it; Enter selects, right/left arrows expand/collapse.',
    nodeTitle: 'Menu item', rowTitle: 'Row title', rowDescription: 'Row description', rowId: 'Row ID', rowIdHint: 'Letters, digits, "-" or "_"; used as the WhatsApp reply ID.',
    kind: 'Kind', kindAnswer: 'Answer', kindArticle: 'Article', kindSubmenu: 'Sub-menu', kindAgent: 'Chat Agent',
    kindLocked: 'Delete the sub-items first to change the kind.', answer: 'Answer', answerHint: 'Sent when the item is chosen.',
    submenuIntro: 'Text before the sub-menu', submenuIntroHint: 'Optional; sent before the sub-menu list.', submenuInfo: 'This sub-menu has {count} items; add or arrange them in the tree.',
    agentInfo: 'The conversation goes to an agent with the registration data. Message sent: "{message}"',
    article: 'Knowledge-base article', articlePlaceholder: 'Search articles…', articleFallback: 'Fallback answer',
    articleFallbackHint: 'Optional; sent only while the article is withdrawn or archived.', topic: 'Topic', topicHint: 'The ticket\'s topic when the user picks Chat Agent from here.',
    reportLabel: 'Name in the report', reportLabelHint: 'This item\'s name in the monthly report (default: the row title).', noTopic: 'No topic',
    flowTexts: 'Chatbot texts', greeting: 'Greeting', registrationPrompt: 'Registration request', menuPrompt: 'Main menu text',
    afterAnswerPrompt: 'Text after an answer', handoffMessage: 'Message on handoff to an agent', closingMessage: 'Closing message', idleMinutes: 'Session ends after (idle minutes)',
    idleHint: 'The next message starts a new session.',
    previewTitle: 'WhatsApp preview', previewList: 'Interactive list', previewText: 'Numbered text', businessAccount: 'Business account',
    close: 'Close', loadingArticle: 'Loading article…', fromArticle: 'Answer from article #{id}', articleUnusable: 'Article #{id} cannot be used',
    publish: 'Publish new version', publishing: 'Publishing…', published: 'Version {version} published and active.', publishFailed: 'Menu not published: {message}',
    problemsBefore: '{count} problems remain; fix them before publishing.', unsaved: 'Unsaved changes', discard: 'Discard changes',
    activeVersion: 'Active version {version}', history: 'Version history', version: 'Version {version}', active: 'Active', view: 'View', by: 'by {name}',
    viewing: 'You are viewing version {version} ({date}), read-only.', backToActive: 'Back to the active version', restore: 'Use as draft',
    restored: 'Version {version} loaded as a draft; publish it to use it.', system: 'system',
    serverProblems: 'The server refused this menu:', localProblems: 'Problems in this item', chars: '{count}/{max} characters',
  },
};
