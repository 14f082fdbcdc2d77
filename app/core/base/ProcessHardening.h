#pragma once

namespace cordon::core
{

// Called first thing in every program: no core dumps, so that a crash never writes the API token to disk.
void hardenProcess();

} // namespace cordon::core
