-- column_type/text_to_enum_using: text with valid labels becomes an enum created in the same plan; its default follows
create type status as enum ('draft', 'sent');
create table docs (id integer primary key, status status not null default 'draft');
