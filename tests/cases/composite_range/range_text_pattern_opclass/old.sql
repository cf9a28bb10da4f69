-- a range type over text with a non-default subtype_opclass (text_pattern_ops) is created
create table words (id int primary key);
