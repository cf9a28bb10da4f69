-- schema/create_empty_schema: a schema that only the desired state has
create schema app;
