-- foreign_key/cross_schema: a foreign key from public into a table of schema ref
create schema ref;
create table ref.currencies (code char(3) primary key);
create table prices (id integer primary key, currency char(3) constraint prices_currency_fkey references ref.currencies (code));
