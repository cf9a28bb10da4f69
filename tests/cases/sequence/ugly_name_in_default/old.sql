-- sequence/ugly_name_in_default: a sequence named with quotes, spaces and capitals, used by a nextval default
create table orders (id integer primary key);
