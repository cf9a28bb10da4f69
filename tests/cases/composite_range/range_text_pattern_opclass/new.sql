-- a range type over text with a non-default subtype_opclass (text_pattern_ops) is created
create type pattern_span as range (subtype = text, subtype_opclass = text_pattern_ops);
create table words (id int primary key, span pattern_span);
