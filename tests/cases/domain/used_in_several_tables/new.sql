-- a domain used by columns of three tables (one in another schema) changes base type varchar(20) -> text
create schema archive;
create domain label as text constraint label_not_blank check (value <> '');
create table products (id int primary key, name label not null);
create table categories (id int primary key, title label, note label);
create table archive.old_products (id int primary key, name label);
insert into products values (1, 'pen'), (2, 'ink');
insert into categories values (1, 'office', 'desk');
insert into archive.old_products values (9, 'quill');
