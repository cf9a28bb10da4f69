#include "plan/planner.hpp"

#include <fmt/format.h>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/strong_components.hpp>
#include <map>
#include <queue>
#include <tuple>

namespace plan {
namespace {

using Graph = boost::adjacency_list<boost::setS, boost::vecS, boost::directedS>;

struct KeyUsers {
  std::vector<std::size_t> creators;
  std::vector<std::size_t> needers;
  std::vector<std::size_t> droppers;
  std::vector<std::size_t> old_needers;
};

Graph dependency_graph(const std::vector<ddl::Statement>& statements) {
  std::map<std::string, KeyUsers> users;
  for (std::size_t i = 0; i < statements.size(); ++i) {
    const auto& statement = statements[i];
    for (const auto& key : statement.creates) users[key].creators.push_back(i);
    for (const auto& key : statement.needs) users[key].needers.push_back(i);
    for (const auto& key : statement.drops) users[key].droppers.push_back(i);
    for (const auto& key : statement.needs_old) users[key].old_needers.push_back(i);
  }
  Graph graph(statements.size());
  const auto connect = [&](const std::vector<std::size_t>& first,
                           const std::vector<std::size_t>& then) {
    for (const auto from : first) {
      for (const auto to : then) {
        if (from != to) {
          boost::add_edge(from, to, graph);
        }
      }
    }
  };
  for (const auto& [key, each] : users) {
    connect(each.creators, each.needers);
    connect(each.old_needers, each.droppers);
    connect(each.droppers, each.creators);
  }
  return graph;
}

base::Error cycle_error(const Graph& graph, const std::vector<ddl::Statement>& statements) {
  std::vector<std::size_t> component(boost::num_vertices(graph));
  boost::strong_components(graph, boost::make_iterator_property_map(
                                      component.begin(), boost::get(boost::vertex_index, graph)));
  std::map<std::size_t, std::vector<std::size_t>> members;
  for (std::size_t i = 0; i < component.size(); ++i) {
    members[component[i]].push_back(i);
  }
  std::string listed;
  for (const auto& [id, nodes] : members) {
    if (nodes.size() < 2) {
      continue;
    }
    for (const auto node : nodes) {
      listed += fmt::format("\n  {}  [{}]", statements[node].sql, statements[node].source);
    }
    break;
  }
  return base::Error("cannot order the plan: these statements depend on each other in a cycle:" +
                     listed)
      .with_hint("this is a tenantctl bug; please report it with the schema that caused it");
}

}  // namespace

std::set<ddl::HazardKind> Plan::hazard_kinds() const {
  std::set<ddl::HazardKind> kinds;
  for (const auto& statement : statements) {
    for (const auto& hazard : statement.hazards) {
      kinds.insert(hazard.kind);
    }
  }
  return kinds;
}

base::Result<Plan> make_plan(const std::vector<diff::Change>& changes,
                             const ddl::RenderContext& context) {
  std::vector<ddl::Statement> statements;
  for (const auto& change : changes) {
    auto rendered = ddl::render(change, context);
    std::move(rendered.begin(), rendered.end(), std::back_inserter(statements));
  }
  const Graph graph = dependency_graph(statements);

  // Kahn's algorithm, taking the ready statement with the lowest (phase,
  // position) each time.
  std::vector<std::size_t> waiting_on(statements.size(), 0);
  for (std::size_t i = 0; i < statements.size(); ++i) {
    for (auto [edge, end] = boost::out_edges(i, graph); edge != end; ++edge) {
      ++waiting_on[boost::target(*edge, graph)];
    }
  }
  using Ready = std::tuple<int, std::size_t>;
  std::priority_queue<Ready, std::vector<Ready>, std::greater<>> ready;
  for (std::size_t i = 0; i < statements.size(); ++i) {
    if (waiting_on[i] == 0) {
      ready.emplace(statements[i].phase, i);
    }
  }
  Plan plan;
  plan.statements.reserve(statements.size());
  std::vector<bool> done(statements.size(), false);
  while (!ready.empty()) {
    const auto [phase, index] = ready.top();
    ready.pop();
    done[index] = true;
    plan.statements.push_back(statements[index]);
    for (auto [edge, end] = boost::out_edges(index, graph); edge != end; ++edge) {
      const auto next = boost::target(*edge, graph);
      if (--waiting_on[next] == 0) {
        ready.emplace(statements[next].phase, next);
      }
    }
  }
  if (plan.statements.size() != statements.size()) {
    return cycle_error(graph, statements);
  }
  return plan;
}

}  // namespace plan
