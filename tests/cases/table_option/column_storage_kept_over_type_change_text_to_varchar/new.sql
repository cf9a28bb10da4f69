-- table_option/column_storage_kept_over_type_change_text_to_varchar: a text column with storage EXTERNAL becomes varchar(200) and keeps storage EXTERNAL (a type change resets the storage to the new type's own)
create table products (id integer primary key, description varchar(200));
alter table products alter column description set storage external;
