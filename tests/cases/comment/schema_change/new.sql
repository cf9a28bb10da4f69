-- comment/schema_change: a schema's comment changes
create schema app;
comment on schema app is 'Application objects (v2)';
