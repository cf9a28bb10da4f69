-- sequence/ugly_name_in_default: a sequence named with quotes, spaces and capitals, used by a nextval default
create sequence "Order Numbers ""2024""" as integer start with 1000;
create table orders (id integer primary key, number integer default nextval('"Order Numbers ""2024"""'));
