select count(*) = 1 as t from tagged where id = 1 and tag = 'it''s "quoted"; --';
