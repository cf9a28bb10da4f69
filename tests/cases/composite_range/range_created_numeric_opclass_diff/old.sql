-- a range type over numeric with an explicit subtype_opclass and a subtype_diff function is created
create table prices (id int primary key);
