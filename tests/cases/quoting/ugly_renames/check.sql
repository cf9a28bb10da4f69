select count(*) = 1 as t from "new name; --" where "c""d" = 1 and "c;d" = 'x';
