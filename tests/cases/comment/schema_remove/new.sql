-- comment/schema_remove: a schema's comment is removed
create schema app;
