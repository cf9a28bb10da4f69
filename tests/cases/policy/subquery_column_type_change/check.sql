select count(*) = 1 as t from memberships where project_id = 1;
