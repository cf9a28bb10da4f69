-- column_type/text_to_enum_using: text with valid labels becomes an enum created in the same plan; its default follows
create table docs (id integer primary key, status text not null default 'draft');
insert into docs values (1, 'draft'), (2, 'sent');
