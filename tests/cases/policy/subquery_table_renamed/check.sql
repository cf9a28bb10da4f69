select count(*) = 1 as t from project_members;
