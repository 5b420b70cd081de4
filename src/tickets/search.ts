/** PostgreSQL's Indonesian text-search configuration (stems "penyaluran" and "salurkan" alike). */
export const SEARCH_CONFIG = 'indonesian';
