// SCAFFOLD
namespace newsgraph {}
