-- comment/schema_remove: a schema's comment is removed
create schema app;
comment on schema app is 'Application objects';
