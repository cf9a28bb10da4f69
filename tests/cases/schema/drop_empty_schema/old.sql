-- schema/drop_empty_schema: a schema neither declared nor used any more is dropped
create schema app;
