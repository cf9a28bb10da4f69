-- comment/extension_remove: an extension's own comment is removed
create extension hstore;
comment on extension hstore is null;
