-- column_type/enum_to_text: an enum column becomes text and the enum is dropped
create table docs (id integer primary key, status text default 'draft');
