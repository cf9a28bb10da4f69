-- comment/extension_change: an extension's comment is replaced
create extension pg_trgm;
