// PostgreSQL text cannot hold U+0000; a text carrying one is refused by its field, not stored.
export const NUL_MESSAGE = 'Contains a character that cannot be stored (U+0000).';

export const hasNul = (text: string) => text.includes('\u0000');
