-- comment/schema_add: a comment is added to a schema
create schema app;
comment on schema app is 'Application objects';
