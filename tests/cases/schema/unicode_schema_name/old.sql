-- schema/unicode_schema_name: a schema with a non-ASCII name, and a table in it
create schema "données";
