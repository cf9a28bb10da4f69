-- comment/extension_change: an extension's comment is replaced
create extension pg_trgm;
comment on extension pg_trgm is 'for fuzzy search';
